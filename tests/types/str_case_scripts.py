# Simple case mapping beyond Latin/Greek/Cyrillic: Cherokee, Georgian, Glagolitic, Deseret, Adlam, and others.
samples = ['ᎠᎡᎢ', 'ꭰꭱ', 'ᏸᏹ', 'ႠႡ', 'ⴀⴁ', 'ᲐᲑ', 'აბ', 'ⰀⰁ', 'ⰰⰱ', 'Ⲁⲁ', 'Ꙁꙁ', 'Ꜣꜣ', 'Ꞌꞌ', 'ƁƂƃ',
           '𐐀𐐁', '𐐨𐐩', '𐒰𐓘', '𐲀𐳀', '𑢠𑣀', '𖹀𖹠', '𞤀𞤢', 'ⅠⅰⅯ', 'ⒶⓐⓏ', 'ＡＺａｚ', 'ɐɑɒ', 'ᵹᶎ', 'ꞔꞮ']
for s in samples:
    print(ascii(s.upper()), ascii(s.lower()), ascii(s.swapcase()), ascii(s.title()),
          s.isupper(), s.islower(), s.istitle())
