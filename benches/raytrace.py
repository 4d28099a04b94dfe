"""A small ray tracer: spheres and a checkered plane, two point lights, shadows and reflections.

Exercises float arithmetic on small objects with __slots__, properties, operator overloading
(__add__, __sub__, __mul__, __neg__), method calls and polymorphism between shape classes.
usage: raytrace.py [WIDTH]   (the image is WIDTH x WIDTH*3/4 pixels)
"""
import math
import sys

DEFAULT_SIZE = 170

EPSILON = 1e-6
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    @property
    def unit(self):
        n = self.length
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, o):
        if isinstance(o, Color):
            return Color(self.r * o.r, self.g * o.g, self.b * o.b)
        return Color(self.r * o, self.g * o, self.b * o)

    @property
    def bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    __slots__ = ("color", "diffuse", "specular", "shininess", "reflectivity")

    def __init__(self, color, diffuse, specular, shininess, reflectivity):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checker(Material):
    __slots__ = ("other", "size")

    def __init__(self, a, b, size, diffuse, specular, shininess, reflectivity):
        Material.__init__(self, a, diffuse, specular, shininess, reflectivity)
        self.other = b
        self.size = size

    def color_at(self, point):
        i = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.color if i % 2 == 0 else self.other


class Shape:
    __slots__ = ("material",)

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    __slots__ = ("center", "radius", "_r2")

    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self._r2 = radius * radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self._r2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit


class Plane(Shape):
    __slots__ = ("point", "normal")

    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    __slots__ = ("position", "color")

    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    __slots__ = ("eye", "forward", "right", "up", "width", "height", "_half_w", "_half_h")

    def __init__(self, eye, look_at, width, height, fov_degrees):
        self.eye = eye
        self.forward = (look_at - eye).unit
        self.right = self.forward.cross(Vec(0.0, 1.0, 0.0)).unit
        self.up = self.right.cross(self.forward)
        self.width = width
        self.height = height
        half = math.tan(math.radians(fov_degrees) / 2.0)
        self._half_w = half
        self._half_h = half * height / width

    def ray_for(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * self._half_w
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self._half_h
        d = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, d.unit)


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = to_light.length
        ray = Ray(point, to_light * (1.0 / dist))
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth=0):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            # a sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color(1.0, 1.0, 1.0) * (1.0 - k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        result = base * self.ambient
        for light in self.lights:
            if self.shadowed(point + normal * EPSILON * 10.0, light):
                continue
            to_light = (light.position - point).unit
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + base * light.color * (lambert * mat.diffuse)
            half = (to_light - ray.direction).unit
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light.color * (mat.specular * spec ** mat.shininess)
        if depth < MAX_DEPTH and mat.reflectivity > 0.0:
            bounce = Ray(point + normal * EPSILON * 10.0, ray.direction.reflect(normal))
            result = result + self.trace(bounce, depth + 1) * mat.reflectivity
        return result


def build_scene():
    shiny_red = Material(Color(0.9, 0.2, 0.2), 0.8, 0.5, 40, 0.3)
    matte_green = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 8, 0.0)
    mirror = Material(Color(0.9, 0.9, 0.9), 0.2, 0.9, 120, 0.7)
    floor = Checker(Color(0.95, 0.95, 0.95), Color(0.1, 0.1, 0.1), 1.0, 0.9, 0.0, 1, 0.2)
    shapes = [
        Sphere(Vec(0.0, 1.0, 5.0), 1.0, shiny_red),
        Sphere(Vec(-2.2, 0.7, 6.0), 0.7, matte_green),
        Sphere(Vec(2.0, 1.3, 6.5), 1.3, mirror),
        Sphere(Vec(0.7, 0.35, 3.6), 0.35, matte_green),
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        Light(Vec(-4.0, 6.0, 1.0), Color(0.8, 0.8, 0.8)),
        Light(Vec(5.0, 4.0, 2.0), Color(0.4, 0.35, 0.3)),
    ]
    return Scene(shapes, lights, 0.12)


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    height = width * 3 // 4
    scene = build_scene()
    camera = Camera(Vec(0.0, 1.6, -1.0), Vec(0.0, 0.9, 5.0), width, height, 60.0)
    checksum = 0
    histogram = [0] * 8
    for py in range(height):
        for px in range(width):
            r, g, b = scene.trace(camera.ray_for(px, py)).bytes
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) * 8 // 766] += 1
    print("image %dx%d rays %d checksum %d" % (width, height, scene.rays, checksum))
    print("brightness histogram", histogram)


main()
