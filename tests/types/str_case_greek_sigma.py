# Final sigma: lower() of capital sigma depends on the cased letters around it.
for s in ('ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'ΑΣ', 'ΑΣ\u0301', 'Α\u0301Σ', 'ΑΣ\'Β', 'ΑΣ.Β', '1Σ', 'ΑΣ1',
          'Σ Σ', 'A\u00adΣ', 'ΑΣ\u00ad', 'ΜΆΙΟΣ', 'ǅΣ', 'aΣb', 'aΣ', 'Σa'):
    print(ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
