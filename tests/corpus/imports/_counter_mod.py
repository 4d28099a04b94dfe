# Module imported many times runs its body once.
print('_counter_mod body executes')
count = 0
