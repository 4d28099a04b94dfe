# input() reading from stdin (with a .stdin file), prompts go to stdout, EOFError at end.
name = input('name? ')
print('hello', name)
age = int(input())
print('age next year', age + 1)
rest = []
while True:
    try:
        line = input('> ')
    except EOFError as e:
        print('EOFError', repr(e))
        break
    rest.append(line)
print(rest)
