print('pkg_a.sub/__init__ running')
