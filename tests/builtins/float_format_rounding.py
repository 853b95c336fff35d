# Float formatting where rounding carries into a new digit: e, f, g, %, and no type.
for v in (9.5, 99.5, 0.95, 0.995, 9.9999, 999999.5, 9.9999e-5, 1e16 - 1, 0.5, 2.5, 1.25, 0.125):
    print(format(v, '.0f'), format(v, '.1f'), format(v, '.2e'), format(v, '.3g'), format(v, '.1%'),
          format(v, '.2'), format(v, '#.2'), format(v, '.0e'), format(v, 'g'), format(v, '#.4g'))
