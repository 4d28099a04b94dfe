"""String building and formatting: an invoice-like report built with f-strings (with format
specs), %-formatting, str.format, join, and str methods (split, strip, replace, upper, title,
center, ljust, startswith, find, count), plus a small tokenizer and a run-length encoder.

Exercises string creation, concatenation, slicing, formatting of ints and floats, and method
calls on str.
usage: strings.py [LINES]
"""
import sys

DEFAULT_SIZE = 50000

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
         "rho sigma tau upsilon phi chi psi omega").split()


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def make_line(i):
    name = WORDS[i % len(WORDS)]
    qty = (i * 37) % 101
    price = ((i * 7919) % 10007) / 100.0
    return f"{i:06d}|{name.title():<10}|{qty:>4}|{price:10.2f}|{qty * price:>12,.2f}|{i / 7:.3e}|{i:#x}"


def render_invoice(n):
    lines = []
    header = "INVOICE".center(64, "=")
    lines.append(header)
    total = 0.0
    for i in range(n):
        line = make_line(i)
        parts = line.split("|")
        total += float(parts[4].replace(",", ""))
        if i % 3 == 0:
            line = "%s %s %5.1f%%" % (line, parts[1].strip().upper(), (i % 1000) / 10.0)
        elif i % 3 == 1:
            line = "{0} [{1!r}] {2:+d}".format(line, parts[1].rstrip(), -i)
        else:
            line = line + " " + parts[1].strip().lower()[::-1]
        lines.append(line)
    lines.append(("TOTAL %.2f" % total).rjust(64, "."))
    return "\n".join(lines)


def tokenize(text):
    tokens = []
    word = []
    for ch in text:
        if ch.isalnum() or ch == "_":
            word.append(ch)
        else:
            if word:
                tokens.append("".join(word))
                word = []
            if not ch.isspace():
                tokens.append(ch)
    if word:
        tokens.append("".join(word))
    return tokens


def run_length(text):
    out = []
    prev = None
    run = 0
    for ch in text:
        if ch == prev:
            run += 1
        else:
            if prev is not None:
                out.append(f"{run}{prev}" if run > 1 else prev)
            prev = ch
            run = 1
    if prev is not None:
        out.append(f"{run}{prev}" if run > 1 else prev)
    return "".join(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    report = render_invoice(n)
    tokens = tokenize(report[: len(report) // 4])
    encoded = run_length(report)
    s = ""
    for i in range(n):
        s += WORDS[i % 24][: (i % 5) + 1]
        if len(s) > 200:
            s = s[100:]
    counts = (report.count("a"), report.count("|"), report.find("Omega"), report.rfind("ALPHA"))
    starts = sum(1 for line in report.splitlines() if line.startswith("0001"))
    print("report", len(report), checksum(report))
    print("tokens", len(tokens), tokens[100:108])
    print("rle", len(encoded), checksum(encoded))
    print("rolling", len(s), s[-20:])
    print("counts", counts, starts)
    print(report.splitlines()[3])


main()
