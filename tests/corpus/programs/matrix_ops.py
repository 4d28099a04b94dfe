# Matrix class with exact rational arithmetic (hand-written fractions): products, powers, determinant, inverse, solving.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    __slots__ = ('n', 'd')
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Q(%d, 0)' % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = Q.of(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return str(self.n) if self.d == 1 else '%d/%d' % (self.n, self.d)

class MatrixError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError('rows must be non-empty and of equal length')
        self.rows = [[Q.of(x) for x in r] for r in rows]
        self.shape = (len(rows), len(rows[0]))
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError('cannot add %dx%d and %dx%d' % (self.shape + other.shape))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, Q)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return self @ other
    __rmul__ = __mul__
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise MatrixError('cannot multiply %dx%d by %dx%d' % (self.shape + other.shape))
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Q(0)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        if self.shape[0] != self.shape[1]:
            raise MatrixError('only square matrices have powers')
        if k < 0:
            return self.inverse() ** -k
        result, base = Matrix.identity(self.shape[0]), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def determinant(self):
        n = self.shape[0]
        if n != self.shape[1]:
            raise MatrixError('determinant needs a square matrix')
        m = [r[:] for r in self.rows]
        det = Q(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col]), None)
            if pivot is None:
                return Q(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det = det * m[col][col]
            for r in range(col + 1, n):
                factor = m[r][col] / m[col][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
        return det
    def inverse(self):
        n = self.shape[0]
        if not self.determinant():
            raise MatrixError('matrix is singular')
        aug = [r[:] + [Q(1) if i == j else Q(0) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next(r for r in range(col, n) if aug[r][col])
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])
    def solve(self, b):
        return self.inverse() @ Matrix([[x] for x in b])
    def __str__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return '\n'.join('[ ' + '  '.join(c.rjust(width) for c in r) + ' ]' for r in cells)

a = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
b = Matrix([[1, 2], [3, 4], [5, 6]])
print(a, '', a @ b, '', a.transpose() == a, b.transpose().shape, sep='\n')
print('det a =', a.determinant(), ' det b^T b =', (b.transpose() @ b).determinant())
inv = a.inverse()
print(inv)
print('a @ inv == I:', a @ inv == Matrix.identity(3), ' inv @ a == I:', inv @ a == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]])
print('fib^10 =', (fib ** 10).rows, ' fib^90[0][1] =', (fib ** 90)[0, 1])
print('a^-2 =', (a ** -2).rows[0])
print('solve:', [r[0] for r in a.solve([1, 2, 3]).rows])
print('2*a + a =', (2 * a + a).rows[1], ' a*Q(1,2) =', (a * Q(1, 2)).rows[0])
hilbert = Matrix([[Q(1, i + j + 1) for j in range(4)] for i in range(4)])
print('hilbert det =', hilbert.determinant())
print(hilbert.inverse())
for bad in [lambda: a @ a.transpose() @ b.transpose(), lambda: a + b, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1, 2], [3]]), lambda: b.determinant(), lambda: b ** 2, lambda: Q(1, 0)]:
    try:
        bad()
    except (MatrixError, ZeroDivisionError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(sorted({Q(1, 2), Q(2, 4), Q(3, 6), Q(1, 3)}, key=lambda q: q.n / q.d))
