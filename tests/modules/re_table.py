# re: a table of patterns and subjects; for each, search (span and groups), findall and sub.
import re

TABLE = [
    # literals and dot
    ("abc", "xabcx"), ("abc", "ab"), ("", "abc"), ("a.c", "abc a\nc"), ("...", "ab"),
    ("a.c", "a\u00e9c"), ("h.llo", "hello hallo"), ("x", ""), ("ab", "abababab"), ("aa", "aaaaa"),
    # classes
    ("[abc]", "xxbxx"), ("[^abc]", "abcd"), ("[a-z]+", "ABC def GHI"), ("[A-Z][a-z]*", "Hello World"),
    ("[0-9a-fA-F]+", "0xDEADbeef!"), ("[-a]", "x-a"), ("[a-]", "-"), ("[]a]", "]"), ("[^]a]", "]ab"),
    ("[\\]]", "a]"), ("[\\d.]+", "v1.2.3"), ("[\\w-]+", "foo-bar_baz!"), ("[^\\s]+", "a b\tc"),
    ("[\\D]", "12a3"), ("[\\W]", "ab c"), ("[\\S]+", "  xy  "), ("[.]", "a.b"), ("[*+?]", "a+b"),
    ("[\\\\]", "a\\b"), ("[\\n]", "a\nb"), ("[\\x41-\\x43]+", "ABCD"), ("[\u00e0-\u00ff]+", "caf\u00e9s"),
    ("[^\u00e9]", "\u00e9a"), ("[a-c][x-z]", "ay bz cw"), ("[\\^x]", "a^"), ("[ ]", "a b"),
    # categories
    ("\\d+", "abc 123 45"), ("\\D+", "12ab34"), ("\\w+", "hello, world"), ("\\W+", "a, b! c"),
    ("\\s+", "a \t\nb"), ("\\S+", " ab cd "), ("\\d", "\u0663"), ("\\w+", "\u00e9t\u00e9 na\u00efve"),
    ("\\s", "a\u00a0b"), ("\\d\\d:\\d\\d", "at 12:34 or 5:67"), ("\\w", "_"), ("\\W", "_"),
    # anchors
    ("^abc", "abc"), ("^abc", "xabc"), ("abc$", "xabc"), ("abc$", "abc\n"), ("abc$", "abc\nx"),
    ("^$", ""), ("^", "abc"), ("$", "abc"), ("^a|b$", "ab"), ("\\Aab", "ab"), ("ab\\Z", "ab\n"),
    ("ab\\Z", "xab"), ("\\bfoo\\b", "a foo b"), ("\\bfoo\\b", "afoob"), ("\\Boo\\B", "foob"),
    ("\\b", "ab cd"), ("\\B", "ab cd"), ("\\bx", "x"), ("x\\b", "x"), ("^\\s*$", "   "),
    # groups
    ("(a)(b)(c)", "abc"), ("(a(b)c)", "abc"), ("(a)|(b)", "b"), ("(a)?b", "b"), ("(a*)b", "aab"),
    ("(?:ab)+", "ababx"), ("(?:a|b)+c", "abac"), ("(a|ab)(c|bcd)", "abcd"), ("((a)|b)+", "ab"),
    ("(a)(?:b)(c)", "abc"), ("()", "x"), ("(x)?(y)?", ""), ("(\\d+)-(\\d+)", "10-20 30-40"),
    ("(?P<a>x)(?P<b>y)", "xy"), ("(?P<w>\\w+) (?P=w)", "the the cat"), ("(a)(?P<n>b)", "ab"),
    ("((((a))))", "a"), ("(a)|b", "b"), ("(?:(a)|b)+", "ab"), ("(?:(a)|(b))+", "ab"),
    # alternation
    ("a|b|c", "xcx"), ("ab|cd", "xxcdab"), ("a|ab", "ab"), ("ab|a", "ab"), ("|a", "a"),
    ("a|", "b"), ("cat|dog|bird", "hotdog birdcat"), ("(red|green) (car|bus)", "a green bus"),
    ("x(a|b|)y", "xy xay xby"), ("(?:a|b|c|d|e)+", "abcdefa"),
    # greedy quantifiers
    ("a*", "aaab"), ("a+", "baaab"), ("a?", "ba"), ("a{2}", "aaaaa"), ("a{2,}", "a aa aaa"),
    ("a{,2}", "aaa"), ("a{1,3}", "aaaaa"), ("a{0}", "aaa"), ("x{2,3}y", "xxxxy"), ("(ab){2}", "ababab"),
    ("(ab)*", "ababx"), ("(a|b)*c", "abbac"), ("a.*b", "a1b2b3"), ("a.*?b", "a1b2b3"), (".*", "abc\ndef"),
    (".+", "\n"), ("[ab]*c", "aabbc"), ("\\d{3}-\\d{4}", "555-1234 55-123"), ("a{3,5}", "aaaaaaaa"),
    ("(?:a{2}){2}", "aaaaa"), ("(a{2}){2,3}", "aaaaaaa"), ("a{1,1}", "aa"), ("(a?){3}", "aa"),
    # lazy quantifiers
    ("a*?", "aaa"), ("a+?", "aaa"), ("a??", "a"), ("a{2,3}?", "aaaa"), ("<.*?>", "<a><b>"),
    ("<.*>", "<a><b>"), ("(a+?)(a*)", "aaaa"), ("x.*?y", "x1y2y"), ("(ab)+?", "ababab"),
    ("(a|b)*?b", "aab"), ("\\d+?\\d", "1234"), ("a{2,}?", "aaaaa"), ("(?:ab){1,3}?", "ababab"),
    # braces that are literals
    ("a{", "a{"), ("a{x}", "a{x}"), ("a{}", "a{}"), ("{", "{"), ("a{1", "a{1"), ("a{,}", "aaa"),
    ("x{1,2", "x{1,2"), ("}", "a}"),
    # backreferences
    ("(a)\\1", "aa"), ("(\\w)\\1", "hello"), ("(a+)b\\1", "aabaa"), ("(a|b)\\1+", "abbba"),
    ("(\\d)(\\d)\\2\\1", "1221 1234"), ("(x)?y\\1", "y"), ("(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\""),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj"), ("(.)\\1", "aabbcd"), ("(a*)\\1", "aaaa"),
    # lookahead and lookbehind
    ("foo(?=bar)", "foobaz foobar"), ("foo(?!bar)", "foobar foobaz"), ("(?<=\\$)\\d+", "cost $42"),
    ("(?<!\\$)\\b\\d+", "$42 17"), ("(?=a)", "bab"), ("(?!a)", "aab"), ("\\w+(?=,)", "a, bb, c"),
    ("(?<=a)b", "ab cb"), ("(?<=ab)c", "abc"), ("(?<=a|b)c", "ac bc cc"), ("(?<!a)c", "ac bc"),
    ("(?=(\\w+))\\w", "ab"), ("x(?=y|z)", "xa xz"), ("(?<=\u00e9)x", "\u00e9x"), ("^(?!.*bad).*$", "good"),
    ("^(?!.*bad).*$", "so bad"), ("(?<=\\d{2})x", "1x 12x"), ("a(?=b)b", "ab"), ("(?=.*\\d)(?=.*[a-z]).{4,}", "ab12"),
    # flags inline
    ("(?i)abc", "xABCx"), ("(?i)[a-c]+", "ABCD"), ("(?m)^\\w", "a\nb"), ("(?s)a.b", "a\nb"),
    ("(?x) a b c  # comment", "abc"), ("(?i:a)b", "Ab AB"), ("a(?i:b)", "aB AB"), ("(?-i:a)b", "ab"),
    ("(?i)\u00e9", "\u00c9"), ("(?i)[^a]", "A"), ("(?is)A.B", "a\nb"), ("(?x)[ ]a", " a"),
    ("(?x)a\\ b", "a b"), ("(?im)^b$", "a\nB\nc"), ("(?i)(a)\\1", "aA"), ("(?a)\\w+", "\u00e9a"),
    # escapes
    ("\\.", "a.b"), ("\\*", "a*"), ("\\(\\)", "()"), ("\\t", "a\tb"), ("\\n", "a\nb"), ("\\x41", "A"),
    ("\\u00e9", "\u00e9"), ("\\U0001F600", "\U0001F600"), ("\\0", "a\x00"), ("\\101", "A"), ("\\$", "$5"),
    ("\\^", "^"), ("\\\\", "\\"), ("\\-", "-"), ("\\#", "#"), ("\\ ", " "), ("\\a\\f\\v", "\a\f\v"),
    # unicode subjects
    ("\u00e9+", "xx\u00e9\u00e9y"), (".", "\u20ac"), ("..", "\u20ac\U0001F600"), ("\\w+", "\u0436\u0443\u043a"),
    ("[\u0430-\u044f]+", "\u0436\u0443\u043a abc"), ("(?i)\u0416", "\u0436"), ("\u00e9|e", "e\u00e9"),
    ("\\b\\w", "\u00e9t\u00e9 \u00e0"), ("\\S+$", "a \u00e9\u00e9"), ("x*", "\u00e9x\u00e9"),
    # empty-match behaviour
    ("x*", "axxb"), ("\\b", "a b"), ("a|", "ab"), ("(?:)", "ab"), ("\\s*", "a b"), ("b*", "abc"),
    ("a*?", "baa"), ("(?=b)", "abab"), ("$|a", "aa"), ("^|a", "aa"),
    # realistic patterns
    ("[\\w.+-]+@[\\w-]+\\.[\\w.]+", "mail joe.doe+x@example.co.uk now"),
    ("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})", "ip 192.168.0.1 here"),
    ("(\\w+)=(\"[^\"]*\"|\\S+)", "a=1 b=\"x y\" c=z"), ("https?://[^\\s/]+(/\\S*)?", "see http://ex.com/a?b=1 ok"),
    ("#[0-9a-fA-F]{6}\\b", "color #ff00AA; #12345"), ("(\\d{4})-(\\d{2})-(\\d{2})", "on 2024-01-31."),
    ("^\\s*(#.*)?$", "   # comment"), ("[A-Z]{2,}", "the NASA and ESA"), ("\\$?\\d+(\\.\\d\\d)?", "cost $3.50 or 4"),
    ("(\\w+)\\s*\\(([^)]*)\\)", "call f(a, b) and g()"), ("<(\\w+)[^>]*>(.*?)</\\1>", "<b class=x>bold</b> <i>it</i>"),
    ("\\b(\\w)(\\w*)\\1\\b", "anna bob civic dad"), ("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?", "1 -2.5 3e10 4.0E-3"),
    ("[aeiou]{2}", "beautiful queue"), ("(?:^|,)([^,]*)", "a,,b,c"), ("\\s*,\\s*", "a , b,c ,d"),
    ("(\\w+)@(\\w+)\\.com", "x@y.com z@w.com"), ("^(\\w+)\\s+(\\w+)$", "hello world"),
    ("([01]?\\d|2[0-3]):([0-5]\\d)", "at 23:59 and 7:05 not 24:00"), ("\\bthe\\b", "the other the"),
    ("(\\w)(?=(\\w))", "abc"), ("[^aeiou\\s]+", "strengths and"), ("(.)(.)(.)\\3\\2\\1", "xabccbay"),
    ("(?P<key>\\w+):\\s*(?P<val>[^;]+);?", "a: 1; b: two;c:3"), ("\\d+(?=%)", "50% of 20 is 10%"),
    ("(a|b|c)+d", "abcabcabcd"), ("(?:x|xy)z", "xyz"), ("(a+)+b", "aaab"), ("(a|aa)+$", "aaaa"),
    ("([a-c]*)(d?)", "abcd"), ("(\\d+)(?:px|em)", "10px 2em 5pt"), ("[^\\d\\W]+", "ab12cd_e"),
    ("\\w+\\b", "a1 b2"), ("(?s).", "\n"), ("[\\s\\S]+", "a\nb"), ("[^\\n]+", "ab\ncd"),
    ("(?i)straße", "STRASSE straße"), ("(?i)[k]", "K"), ("\\.{3}", "wait..."), ("a\\Z|b", "ba"),
    ("(\\()?\\d+(?(1)\\))", "(1) 2 (3"), ("(?P<o><)?x(?(o)>)", "<x> x <x"), ("(a)?(?(1)b|c)", "ab c"),
    ("(?>a+)b", "aaab"), ("(?>a|ab)c", "abc"), ("a++b", "aab"), ("a*+a", "aaa"), ("(?:ab)?+c", "abc"),
    ("[\\d]{2,}?", "12345"), ("(?:(a)|b)*", "abab"), ("(a)*", "aaa"), ("(a*)*", "b"), ("(a*)+", "b"),
    ("(a|b)*?", "ab"), ("(?:a*)*b", "aab"), ("(?:a?)*?b", "ab"), ("(\\w+?)\\1", "abab xx"),
    ("(?i)[\u00c0-\u00de]+", "\u00e9\u00e8"), ("\\w+", "x1_\u00e9\u00df"), ("[\\u00e9]", "\u00e9"),
    ("\\d+\\.?\\d*", "3.14 42 7."), ("(?m)$", "a\nb"), ("(?m)^$", "a\n\nb"), ("(?m).$", "ab\ncd"),
    ("$", "a\n"), ("\\Z", "a\n"), ("a$", "a\na\n"), ("(?m)a$", "a\na\n"), (".\\Z", "ab"),
    # more mixed cases
    ("(?:\\d+,)*\\d+", "1,22,333"), ("[a-z]+\\d*", "abc123 de f4"), ("(x+x+)+y", "xxxxy"),
    ("(?i)select\\s+\\*", "SeLeCt  *"), ("\\((?:[^()]|\\([^()]*\\))*\\)", "f(a(b)c) g()"),
    ("(\\w+)\\s(?=\\1)", "go go gone"), ("(?<=-)\\w+", "a-b-cd"), ("(?<![\\w.])\\d+", "x1 2 .3"),
    ("[^,]+", ",a,,b,"), ("(?:a(?:b(?:c)?)?)?", "abcab"), ("(?:[a-z]\\d)+", "a1b2c"), ("[\\t ]+$", "ab \t"),
    ("\\w+(?:'\\w+)?", "don't stop"), ("(.)(?!\\1)", "aab"), ("^(a|b|ab)*$", "abab"),
    ("(?:(?:a|b)c)+", "acbcx"), ("\\b[A-Z]\\w*\\b", "Alice met Bob"), ("a.{2}b", "axxb ab"),
    ("(\\d+)(?:st|nd|rd|th)", "1st 22nd 3rd 4th"), ("[\\[]", "a[b"), ("x|y|z", ""), ("(?:)+", "ab"),
]

for pat, s in TABLE:
    m = re.search(pat, s)
    r1 = (m.span(), m.groups()) if m else None
    r2 = re.findall(pat, s)
    r3 = re.sub(pat, "<>", s)
    print(repr(pat), repr(s), r1, r2, repr(r3))
print(len(TABLE))
