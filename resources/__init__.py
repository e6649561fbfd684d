"""Icons and other assets, shipped inside the package as planner.resources."""
