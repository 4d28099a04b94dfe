# Caret markers under subscripts and calls in one expression.
data = {'users': [{'name': 'ann'}, {'name': 'bob'}]}
print(data['users'][1]['name'])
print(data['users'][2]['name'])
