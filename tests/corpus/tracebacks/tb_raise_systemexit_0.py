# raise SystemExit(0) exits cleanly; finally blocks still run.
try:
    print('in try')
    raise SystemExit(0)
finally:
    print('finally runs on SystemExit')
