"""Exceptions raised and caught in loops: a custom hierarchy, try/except/else/finally,
exception chaining (raise ... from ...), re-raising, exceptions crossing several frames,
built-in exceptions from dict/list/int operations, and context managers that suppress.

Exercises raising, matching except clauses against classes and tuples, exception objects
with attributes, finally blocks, with-statements, and unwinding through frames.
usage: exceptions.py [ROUNDS]
"""
import sys

DEFAULT_SIZE = 240000


class AppError(Exception):
    def __init__(self, code, detail=""):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


class Retry(Exception):
    pass


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.suppressed = 0
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.suppressed += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise NotFound(404, key) from e


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise Invalid(400, text)


def deep(n, fail_at):
    if n == fail_at:
        raise Retry(n)
    if n == 0:
        return 0
    return 1 + deep(n - 1, fail_at)


def handle(i, table, stats):
    try:
        if i % 5 == 0:
            lookup(table, "missing%d" % (i % 3))
        elif i % 5 == 1:
            parse("x%d" % i)
        elif i % 5 == 2:
            return deep(12, i % 17)
        elif i % 5 == 3:
            [1, 2, 3][i % 7]
        else:
            1 // (i % 2)
    except NotFound as e:
        stats["notfound"] += e.code + (e.__cause__ is not None)
    except (Invalid, ZeroDivisionError) as e:
        stats["invalid"] += getattr(e, "code", 1)
    except Retry as e:
        stats["retry"] += e.args[0]
    except IndexError:
        stats["index"] += 1
    else:
        stats["ok"] += 1
    finally:
        stats["finally"] += 1
    return -1


def reraiser(i):
    try:
        try:
            raise AppError(i % 11, "inner")
        except AppError:
            if i % 2:
                raise
            raise Invalid(i % 11, "outer")
    except Invalid as e:
        return e.code + (e.__context__ is not None)
    except AppError as e:
        return -e.code


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    table = {"a": 1, "b": 2}
    stats = dict.fromkeys(["notfound", "invalid", "retry", "index", "ok", "finally"], 0)
    depth_total = 0
    for i in range(rounds):
        r = handle(i, table, stats)
        if r > 0:
            depth_total += r
    chained = sum(reraiser(i) for i in range(rounds // 2))
    guard = Suppress(KeyError, AttributeError)
    for i in range(rounds // 2):
        with guard:
            if i % 3 == 0:
                {}[i]
            elif i % 3 == 1:
                None.missing
    loops = 0
    for i in range(rounds // 2):
        try:
            for j in range(10):
                if j == i % 10:
                    raise StopIteration
                loops += 1
        except StopIteration:
            loops += 100
    print("stats", sorted(stats.items()))
    print("depth", depth_total, "chained", chained, "suppressed", guard.suppressed, guard.entered, "loops", loops)


main()
