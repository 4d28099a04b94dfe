# Module with a __main__ guard.
def main():
    return 'main() ran'
if __name__ == '__main__':
    print('running as script')
else:
    print('imported as', __name__)
