__all__ = ['alpha', 'beta_mod']
alpha = 'alpha from package'
gamma = 'not exported'
