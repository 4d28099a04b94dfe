# String ordering is by code point, not locale; equality and normalisation differences.
words = ['zebra', 'Zebra', 'apple', 'Äpfel', 'äpfel', 'éclair', 'eclair', '日本', 'a', 'A', '', ' ', '_', '~', '😀', 'ｚ']
print(sorted(words))
print(sorted(words, key=str.casefold))
print('é' == 'e\u0301', len('é'), len('e\u0301'), 'ﬀ' == 'ff', 'ﬀ'.casefold() == 'ff')
print(max(words), min(words), 'a' < 'b' < 'c', 'abc' < 'abcd', 'B' < 'a')
