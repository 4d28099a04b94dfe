# sys.exit('message') from inside nested calls and a finally: message on stderr, exit status 1.
import sys
def shutdown(reason):
    try:
        print('shutting down')
        sys.exit('fatal: ' + reason)
    finally:
        print('finally before exit')
shutdown('disk full')
print('not reached')
