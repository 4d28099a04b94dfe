import pkg_init_side
print('child sees partially initialised parent; has child attr yet:', hasattr(pkg_init_side, 'child'))
CHILD = True
