import cmath
for z in (1 + 1j, -2 + 0j, -3j, 0j, 2.5):
    r, phi = cmath.polar(z)
    w = cmath.rect(r, phi)
    print(round(r, 12), round(phi, 12), cmath.isclose(w, z, abs_tol=1e-12))
print(cmath.phase(complex(-1.0, -0.0)), cmath.phase(complex(0.0, -0.0)), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)))
