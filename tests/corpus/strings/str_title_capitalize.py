# title(), capitalize(), istitle() on tricky inputs (apostrophes, digits, mixed scripts).
for s in ["hello world", "HELLO WORLD", "they're bill's friends", "3rd place", "a1b2c3", "o'neil mcdonald", "élan vital", "ǉubljana",
          "x-ray_vision", "  leading", "ALL_CAPS_NAME", "mIxEd CaSe", "ßtraße", "ﬂour ﬁsh", "Σίσυφος"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.title().istitle(), s.istitle())
