# Uncaught NameError at module level.
print('before')
value = undefined_variable + 1
