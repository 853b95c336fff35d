# Special (one-to-many) case mappings: ß, ligatures, Armenian, Greek with iota subscript.
for s in ('ß', 'ẞ', 'ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ', 'ﬅ', 'ﬆ', 'և', 'ﬓ', 'ŉ', 'ǰ', 'ΐ', 'ΰ', 'ᾀ', 'ᾈ', 'ᾳ', 'ᾼ',
          'ῳ', 'ῼ', 'ᾲ', 'ᾴ', 'ῂ', 'ẖ', 'ẘ', 'ẚ', 'İ', 'ı', 'ſ', 'K', 'Å', 'Ω', 'ǅ', 'ǈ', 'ǋ', 'ǲ', 'ͅ'):
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.casefold()),
          ascii(s.swapcase()), ascii(s.capitalize()))
print(ascii('straße ﬁnal'.title()), ascii('ǆemal ǉubljana'.title()), 'ß'.upper().lower())
