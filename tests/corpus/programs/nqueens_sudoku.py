# Backtracking solvers: all n-queens solutions for n = 1..8, board rendering, and a sudoku solver with validation.
def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions

def render(solution):
    n = len(solution)
    return '\n'.join(' '.join('Q' if solution[r] == c else '.' for c in range(n)) for r in range(n))

def canonical(solution):
    n = len(solution)
    boards = []
    cur = solution
    for _ in range(4):
        cur = tuple(n - 1 - cur.index(r) for r in range(n))
        boards.append(cur)
        boards.append(tuple(reversed(cur)))
    return min(boards)

for n in range(1, 9):
    sols = queens(n)
    unique = {canonical(s) for s in sols}
    print('n=%d solutions=%d unique=%d first=%s' % (n, len(sols), len(unique), sols[0] if sols else None))
print(render(queens(6)[0]))

class SudokuError(ValueError):
    pass

def parse_grid(text):
    digits = [c for c in text if c in '0123456789.']
    if len(digits) != 81:
        raise SudokuError('expected 81 cells, got %d' % len(digits))
    grid = [[0 if c in '.0' else int(c) for c in digits[r * 9:(r + 1) * 9]] for r in range(9)]
    for r in range(9):
        for c in range(9):
            v = grid[r][c]
            if v:
                grid[r][c] = 0
                if not allowed(grid, r, c, v):
                    raise SudokuError('conflict at row %d col %d (value %d)' % (r + 1, c + 1, v))
                grid[r][c] = v
    return grid

def allowed(grid, r, c, v):
    if v in grid[r]:
        return False
    if any(grid[i][c] == v for i in range(9)):
        return False
    br, bc = r - r % 3, c - c % 3
    return all(grid[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))

def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                options = [v for v in range(1, 10) if allowed(grid, r, c, v)]
                if best is None or len(options) < len(best[2]):
                    best = (r, c, options)
    if best is None:
        return True
    r, c, options = best
    for v in options:
        stats['guesses'] += 1
        grid[r][c] = v
        if solve(grid, stats):
            return True
        grid[r][c] = 0
    stats['backtracks'] += 1
    return False

def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append('------+-------+------')
        lines.append(' | '.join(' '.join(str(v or '.') for v in row[i:i + 3]) for i in (0, 3, 6)))
    return '\n'.join(lines)

puzzle = '''
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
'''
grid = parse_grid(puzzle)
stats = {'guesses': 0, 'backtracks': 0}
print(solve(grid, stats), stats)
print(show(grid))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
for bad in ['12', '55' + '.' * 79, '.' * 80 + 'x']:
    try:
        parse_grid(bad)
    except SudokuError as e:
        print('SudokuError', e)
