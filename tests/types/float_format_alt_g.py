# format() and % with '#' and 'g': the point and every significant digit stay, after a rounding carry too.
for v in (999.9999, 9.9996, 99.99, 0.00099999, 1e-5, 123456.0, 0.0, -999.9999, 1.0, 9.5, 99999.5, 1e16, 9.999e99):
    for spec in ('#.3g', '#.1g', '#g', '#.0g', '.3g', '#.5G', '#10.2g', '#.3', '#'):
        print(spec, v, format(v, spec))
print('%#.3g|%#g|%#.2g' % (999.9999, 0.5, 9.96))
for p in range(1, 8):
    print(p, format(9.99999999, '#.%dg' % p), format(0.000999999, '#.%dG' % p), '%#.*g' % (p, 99.9999999))
