# BaseException subclasses are not caught by 'except Exception'; explicit catches work.
for exc in [SystemExit(5), KeyboardInterrupt(), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print('wrongly caught by Exception')
    except BaseException as e:
        print('caught as BaseException:', type(e).__name__, e.args)
try:
    raise SystemExit('not exiting')
except SystemExit as e:
    print('SystemExit caught, code =', repr(e.code))
def cleanup_on_exit():
    try:
        raise SystemExit(0)
    finally:
        print('finally ran during SystemExit')
try:
    cleanup_on_exit()
except SystemExit as e:
    print('then caught with code', e.code)
print('program continues normally')
