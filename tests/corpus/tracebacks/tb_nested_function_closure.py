# Traceback names for nested functions, lambdas and methods show qualified context in 3.11 only by name.
class Processor:
    def run(self, data):
        def step(x):
            return (lambda v: v['key'])(x)
        return [step(d) for d in data]
print(Processor().run([{'key': 1}]))
Processor().run([{'key': 1}, {'other': 2}])
