# str.isidentifier on non-ASCII letters, marks and digits (XID_Start / XID_Continue).
for s in ('été', 'π', 'Δx', '_ñ', 'x\u0301', '\u0301x', 'a٣', '٣a', 'ℕ', '℘', '℮', '·', 'a·', 'ᢅ',
          '゛', 'aー', 'ー', '𝔘𝔫', '𐐀', '〇', 'ⅷ', 'x\u200c', '\u2118a', 'a\u2e2f', '\u2e2f', 'ǅ', ''):
    print(ascii(s), s.isidentifier())
