# Uncaught ModuleNotFoundError from an import statement.
import math
print(math.floor(2.5))
import module_that_does_not_exist
