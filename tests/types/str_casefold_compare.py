# casefold() makes caseless comparison work where lower() does not.
pairs = [('Straße', 'STRASSE'), ('ΣΑΣ', 'σας'), ('ﬁle', 'FILE'), ('K', 'k'), ('Å', 'å'),
         ('ǅ', 'ǆ'), ('ſ', 's'), ('ẞ', 'ss'), ('ᾈ', 'ἀι'), ('µ', 'μ'), ('İ', 'i̇'), ('ϐ', 'β'), ('ᏸ', 'Ᏸ')]
for a, b in pairs:
    print(ascii(a), ascii(b), a.lower() == b.lower(), a.casefold() == b.casefold(), ascii(a.casefold()))
