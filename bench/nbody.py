# Float arithmetic on object attributes: a small gravitational n-body simulation.
# SPDX-License-Identifier: MIT
import sys

N = 50000  # pi: 150
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass


def make_system():
    # A heavy centre and four planets on roughly circular orbits (arbitrary units).
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0)]
    specs = [(1.0, 0.00, 6.2, 0.02), (1.9, 0.10, 4.6, 0.03),
             (3.1, -0.20, 3.6, 0.01), (4.4, 0.05, 3.0, 0.005)]
    for r, z, v, m in specs:
        bodies.append(Body(r, 0.0, z, 0.0, v, 0.01 * z, m))
    # Zero the total momentum so the centre stays put.
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    c = bodies[0]
    c.vx = -px / c.mass
    c.vy = -py / c.mass
    c.vz = -pz / c.mass
    return bodies


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz + 0.0001
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz + 0.0001) ** 0.5
    return e


bodies = make_system()
pairs = pairs_of(bodies)
e0 = energy(bodies)
advance(bodies, pairs, 0.001, N)
e1 = energy(bodies)
print("energy before %.6f" % e0)
print("energy after  %.6f" % e1)
print("checksum: %.5f" % (e0 + e1 + bodies[1].x + bodies[2].y))
