# Graph algorithms on small fixed graphs: BFS, DFS (recursive and iterative), Dijkstra with a hand-written heap,
# topological sort with cycle detection, connected components, and a grid shortest path.
class MinHeap:
    def __init__(self):
        self.a = []
    def __bool__(self):
        return bool(self.a)
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[m], a[i] = a[i], a[m]
            i = m

class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w
    def neighbors(self, u):
        return sorted(self.adj[u])
    def bfs(self, start):
        order, dist, queue, head = [start], {start: 0}, [start], 0
        while head < len(queue):
            u = queue[head]
            head += 1
            for v in self.neighbors(u):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    order.append(v)
                    queue.append(v)
        return order, dist
    def dfs_recursive(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for v in self.neighbors(start):
            if v not in seen:
                self.dfs_recursive(v, seen)
        return seen
    def dfs_iterative(self, start):
        seen, stack = [], [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.append(u)
            stack.extend(reversed(self.neighbors(u)))
        return seen
    def dijkstra(self, source):
        dist, prev = {source: 0}, {}
        heap = MinHeap()
        heap.push((0, source))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in sorted(self.adj[u].items()):
                if w < 0:
                    raise ValueError('negative edge %s->%s' % (u, v))
                nd = d + w
                if nd < dist.get(v, float('inf')):
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev
    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]
    def toposort(self):
        state, order = {}, []
        def visit(u, trail):
            if state.get(u) == 'done':
                return
            if state.get(u) == 'active':
                cycle = trail[trail.index(u):] + [u]
                raise ValueError('cycle: ' + ' -> '.join(cycle))
            state[u] = 'active'
            for v in self.neighbors(u):
                visit(v, trail + [u])
            state[u] = 'done'
            order.append(u)
        for u in sorted(self.adj):
            visit(u, [])
        return order[::-1]
    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comp = self.bfs(u)[0]
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

g = Graph()
for u, v, w in [('A', 'B', 4), ('A', 'C', 2), ('B', 'C', 5), ('B', 'D', 10), ('C', 'E', 3), ('E', 'D', 4),
                ('D', 'F', 11), ('X', 'Y', 1)]:
    g.add_edge(u, v, w)
order, dist = g.bfs('A')
print('bfs', order, dist)
print('dfs rec', g.dfs_recursive('A'))
print('dfs iter', g.dfs_iterative('A'))
d, prev = g.dijkstra('A')
print('dijkstra', sorted(d.items()))
for t in 'BDF':
    print('  path A->%s' % t, '->'.join(g.path(prev, t)), 'cost', d[t])
print('components', g.components())
dag = Graph(directed=True)
for u, v in [('shirt', 'tie'), ('tie', 'jacket'), ('pants', 'shoes'), ('pants', 'belt'), ('belt', 'jacket'),
             ('shirt', 'belt'), ('socks', 'shoes'), ('undershorts', 'pants'), ('undershorts', 'shoes')]:
    dag.add_edge(u, v)
print('topo', dag.toposort())
dag.add_edge('jacket', 'shirt')
try:
    dag.toposort()
except ValueError as e:
    print('ValueError', e)
neg = Graph(directed=True)
neg.add_edge(1, 2, 3)
neg.add_edge(2, 3, -1)
try:
    neg.dijkstra(1)
except ValueError as e:
    print('ValueError', e)
maze = ['S.#.......',
        '.##.####.#',
        '.......#..',
        '#.#..#.##.',
        '..#.##...E']
grid = Graph()
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch == '#':
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(maze) and cc < len(row) and maze[rr][cc] != '#':
                grid.add_edge((r, c), (rr, cc))
start = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == 'S')
end = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == 'E')
dist, prev = grid.dijkstra(start)
route = grid.path(prev, end)
print('maze distance', dist[end], 'steps', len(route) - 1)
canvas = [list(row) for row in maze]
for r, c in route[1:-1]:
    canvas[r][c] = '*'
print('\n'.join(''.join(row) for row in canvas))
print('unreachable cells', sorted(set((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch != '#') - set(dist)))
