# A text adventure state machine driven by a fixed list of commands: rooms, items, locked doors, a score.
ROOMS = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'a silent library', 'exits': {'south': 'hall', 'up': 'attic'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': ['bread']},
    'cellar': {'desc': 'a damp cellar', 'exits': {'up': 'kitchen'}, 'items': ['chest'], 'dark': True},
    'attic': {'desc': 'a cramped attic', 'exits': {'down': 'library'}, 'items': ['map'], 'locked': 'key'},
}
HEAVY = {'chest'}

class GameOver(Exception):
    pass

class Game:
    def __init__(self, rooms):
        self.rooms = {name: {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                             for k, v in room.items()} for name, room in rooms.items()}
        self.here = 'hall'
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.visited = {'hall'}
        self.state = 'playing'
        self.handlers = {
            'look': self.look, 'go': self.go, 'take': self.take, 'drop': self.drop, 'inventory': self.show_inventory,
            'use': self.use, 'eat': self.eat, 'read': self.read, 'open': self.open, 'quit': self.quit,
        }

    def room(self):
        return self.rooms[self.here]

    def is_dark(self):
        return self.room().get('dark', False) and 'lamp' not in self.inventory

    def look(self):
        if self.is_dark():
            return 'It is pitch dark. You might be eaten by a grue.'
        room = self.room()
        items = ', '.join(room['items']) if room['items'] else 'nothing'
        exits = ', '.join(sorted(room['exits']))
        return 'You are in %s. You see: %s. Exits: %s.' % (room['desc'], items, exits)

    def go(self, direction=None):
        if direction is None:
            return 'Go where?'
        exits = self.room()['exits']
        if direction not in exits:
            return "You can't go %s from here." % direction
        target = exits[direction]
        lock = self.rooms[target].get('locked')
        if lock:
            return 'The way %s is locked.' % direction
        self.here = target
        if target not in self.visited:
            self.visited.add(target)
            self.score += 5
        return self.look()

    def take(self, item=None):
        if self.is_dark():
            return 'You fumble around in the dark.'
        items = self.room()['items']
        if item not in items:
            return 'There is no %s here.' % item
        if item in HEAVY:
            return 'The %s is far too heavy.' % item
        items.remove(item)
        self.inventory.append(item)
        self.score += 2
        return 'Taken: %s.' % item

    def drop(self, item=None):
        if item not in self.inventory:
            return "You don't have a %s." % item
        self.inventory.remove(item)
        self.room()['items'].append(item)
        return 'Dropped: %s.' % item

    def show_inventory(self):
        return 'You carry: %s.' % (', '.join(sorted(self.inventory)) or 'nothing')

    def use(self, item=None):
        if item not in self.inventory:
            return "You don't have a %s." % item
        if item == 'key':
            for direction, target in self.room()['exits'].items():
                if self.rooms[target].get('locked') == 'key':
                    del self.rooms[target]['locked']
                    self.score += 10
                    return 'You unlock the way %s.' % direction
            return 'There is nothing to unlock here.'
        return 'Nothing happens.'

    def eat(self, item=None):
        if item != 'bread' or item not in self.inventory:
            return "You can't eat that."
        self.inventory.remove(item)
        return 'Delicious.'

    def read(self, item=None):
        texts = {'book': 'The book says: the treasure lies below.', 'map': 'X marks the cellar chest.'}
        if item not in self.inventory:
            return "You don't have a %s." % item
        return texts.get(item, 'There is nothing written on the %s.' % item)

    def open(self, item=None):
        if item != 'chest' or item not in self.room()['items']:
            return "You can't open that."
        if self.is_dark():
            return 'You cannot see the chest.'
        if 'map' not in self.inventory:
            return 'The chest will not budge without knowing the trick.'
        self.score += 50
        self.state = 'won'
        raise GameOver('You open the chest and find the treasure!')

    def quit(self):
        self.state = 'quit'
        raise GameOver('You give up.')

    def command(self, line):
        words = line.lower().split()
        if not words:
            return 'Say something.'
        verb, args = words[0], words[1:]
        aliases = {'n': ('go', 'north'), 's': ('go', 'south'), 'e': ('go', 'east'), 'w': ('go', 'west'),
                   'u': ('go', 'up'), 'd': ('go', 'down'), 'i': ('inventory',), 'get': ('take',)}
        if verb in aliases:
            expansion = aliases[verb]
            verb, args = expansion[0], list(expansion[1:]) + args
        handler = self.handlers.get(verb)
        if handler is None:
            return "I don't know how to %r." % verb
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            return 'That command takes different arguments.'

script = ['look', 'take lamp', 'take sofa', 'n', 'get book', 'take key', 'read book', 'u', 'use key', 'u',
          'take map', 'read map', 'i', 'd', 's', 'e', 'take bread', 'eat bread', 'eat bread', 'dance', '',
          'go', 'go west east', 'drop lamp', 'd', 'look', 'open chest', 'u', 'take lamp', 'd', 'take chest',
          'open chest', 'look']
game = Game(ROOMS)
for line in script:
    try:
        print('> %s' % line)
        print(game.command(line))
    except GameOver as end:
        print(end)
        break
print('state=%s moves=%d score=%d visited=%s' % (game.state, game.moves, game.score, sorted(game.visited)))
print('inventory:', game.inventory, 'original untouched:', ROOMS['hall']['items'])
