"""Dict, list and set work: a pseudo-random text is generated, words are counted in a dict,
sorted by count and by keys, grouped with setdefault, bigram sets are built and intersected,
and lists are sliced, reversed, extended and searched.

Exercises dict get/set/iteration, dict and set comprehensions, list.sort with key functions,
tuple keys, set algebra, membership tests, list methods.
usage: collections_work.py [WORDS]
"""
import sys

DEFAULT_SIZE = 250000

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "ha", "do"]


def generate_words(n, seed):
    state = seed
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 16) % 3
        word = ""
        for _ in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            word += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        words.append(word)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), set()).add(w)
    return groups


def bigrams(words):
    return {(a, b) for a, b in zip(words, words[1:])}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    words = generate_words(n, 42)
    other = generate_words(n // 2, 7)

    counts = count_words(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    by_name = sorted(counts, key=str.upper, reverse=True)[:3]

    groups = group_by_length(words)
    sizes = {length: len(group) for length, group in sorted(groups.items())}

    pairs = bigrams(words)
    pairs_other = bigrams(other)
    common = pairs & pairs_other
    only_first = pairs - pairs_other
    either = pairs | pairs_other
    sym = pairs ^ pairs_other

    vocab = set(words)
    missing = sum(1 for w in other if w not in vocab)
    index = {w: i for i, w in enumerate(sorted(vocab))}
    encoded = [index[w] for w in words]
    hist = [0] * 16
    for code in encoded:
        hist[code % 16] += 1

    stack = []
    for i, code in enumerate(encoded[:20000]):
        if code % 3 == 0 and stack:
            stack.pop()
        else:
            stack.append(code)
    stack.reverse()
    stack.extend(stack[:10])
    stack.sort()

    table = {}
    for i, (a, b) in enumerate(zip(words, other)):
        key = (len(a), len(b))
        table[key] = table.get(key, 0) + i % 10
    inverted = {}
    for w, c in counts.items():
        inverted.setdefault(c, []).append(w)
    biggest = max(inverted)

    print("distinct", len(counts), "top", top)
    print("by name", by_name, "sizes", sizes)
    print("bigrams", len(pairs), len(common), len(only_first), len(either), len(sym))
    print("missing", missing, "hist", hist)
    print("stack", len(stack), stack[:5], stack.index(stack[-1]), stack.count(stack[0]))
    print("table", sorted(table.items())[:4], "most frequent", biggest, sorted(inverted[biggest]))


main()
