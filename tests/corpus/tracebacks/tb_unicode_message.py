# Non-ASCII text in the source line and the message.
name = 'Zoë'
greeting = {'héllo': 'wörld'}
print(greeting['héllo'], name)
print(greeting['日本'])
