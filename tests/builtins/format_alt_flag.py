# format()'s '#' flag for floats and ints: the point always shows, trailing zeros stay for g.
for v in (0.0, 1.0, 1.5, 100.0, 999.95, 0.0001, 1e-10, 123456789.0, -0.5, float('inf'), float('nan')):
    print(format(v, '#g'), format(v, '#.2g'), format(v, '#.0f'), format(v, '#.0e'), format(v, '#'),
          format(v, '#.1'), '%#.3g' % v, '%#.0f' % v)
for v in (0, 255, -8):
    print(format(v, '#x'), format(v, '#o'), format(v, '#b'), format(v, '#X'), '%#x %#o' % (v, v))
