"""A package for modules/module_spec."""
