from ... import nonexistent_top_level_thing
