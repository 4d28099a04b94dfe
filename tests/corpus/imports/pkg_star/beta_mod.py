print('pkg_star.beta_mod imported via star')
BETA = 'beta'
