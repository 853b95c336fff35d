# Dicts of dicts and lists.
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": True}
print(config["db"]["host"], config["db"]["ports"][1])
config["db"]["ports"].append(5434)
config["cache"] = {}
config["cache"]["size"] = 10
print(config)
tree = {}
for path in ["a/b", "a/c", "d"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
