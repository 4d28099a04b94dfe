# isidentifier and identifiers with unicode.
for s in ['a', '_', '__x__', 'x1', '1x', 'with space', '', 'é', 'ñandú', 'α', '𝔘', 'a-b', 'True', 'None', 'class', '℘', '\u00b7x', 'x\u00b7']:
    print(repr(s), s.isidentifier())
ñ = 5
α = 2
print(ñ + α)
ﬁ = 'ligature normalised'
print(fi)
𝔘 = 'math'
print(U)
