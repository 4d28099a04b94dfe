"""An incremental dataflow constraint solver in the style of DeltaBlue.

Variables are connected by constraints of different strengths (stay, edit, equality, scale).
The planner keeps, incrementally, a plan that satisfies the strongest constraints; adding or
removing one re-plans only the part of the graph it touches. Exercises classes with
inheritance and overridden methods, attribute access, small lists used as work stacks.
usage: deltablue.py [ITERATIONS]
"""
import sys

DEFAULT_SIZE = 200


class Strength:
    def __init__(self, rank, name):
        self.rank = rank          # lower rank = stronger
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weaker_step(self):
        return LEVELS[self.rank + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


LEVELS = [Strength(i, name) for i, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default", "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = LEVELS


def weakest_of(a, b):
    return a if a.weaker_than(b) else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints = [c for c in self.constraints if c is not constraint]
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def install(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def uninstall(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark, planner):
        """Try to enforce this constraint; return the constraint it overrides, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, var, strength, planner):
        Constraint.__init__(self, strength)
        self.var = var
        self.satisfied = False
        self.install(planner)

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keep a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is about to change."""

    def is_input(self):
        return True


FORWARD, BACKWARD, UNSET = 1, -1, 0


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength, planner):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        self.direction = UNSET
        self.install(planner)

    def add_to_graph(self):
        self.a.attach(self)
        self.b.attach(self)
        self.direction = UNSET

    def remove_from_graph(self):
        self.a.detach(self)
        self.b.detach(self)
        self.direction = UNSET

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else UNSET
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else UNSET
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else UNSET
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else UNSET

    def is_satisfied(self):
        return self.direction != UNSET

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        src, dst = self.input(), self.output()
        dst.walk_strength = weakest_of(self.strength, src.walk_strength)
        dst.stay = src.stay
        if dst.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = UNSET


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, in whichever direction the planner chose."""

    def __init__(self, a, scale, offset, b, strength, planner):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, a, b, strength, planner)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src, dst = self.input(), self.output()
        dst.walk_strength = weakest_of(self.strength, src.walk_strength)
        dst.stay = src.stay and self.scale.stay and self.offset.stay
        if dst.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.mark = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for c in unsatisfied:
                if c.strength is strength:
                    self.incremental_add(c)
            if strength is WEAKEST:
                break
            strength = strength.weaker_step()

    def consumers(self, var, into):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.consumers(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def change(planner, var, new_value):
    edit = EditConstraint(var, PREFERRED, planner)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = new_value
        plan.execute()
    edit.uninstall(planner)


def chain_test(n):
    """A chain of equalities: editing the first variable must move the last one."""
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(a, b, REQUIRED, planner)
    StayConstraint(chain[-1], STRONG_DEFAULT, planner)
    edit = EditConstraint(chain[0], PREFERRED, planner)
    plan = planner.plan_for([edit])
    total = 0
    for i in range(100):
        chain[0].value = i
        plan.execute()
        if chain[-1].value != i:
            raise RuntimeError("chain test failed")
        total += chain[-1].value
    edit.uninstall(planner)
    return total + len(plan.steps)


def projection_test(n):
    """Pairs (src, dst) linked by dst = src * scale + offset, sharing scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    src = dst = None
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
    return sum(d.value for d in dests) + sum(s.value for s in sources)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total = 0
    for _ in range(iterations):
        total += chain_test(100)
        total += projection_test(100)
    print("deltablue checksum", total)


main()
