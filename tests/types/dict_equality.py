# Dicts are equal when they hold the same pairs, in any order.
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} == {"a": 2}, {"a": 1} == {"b": 1})
print({} == {}, {} == [], {1: 1} == {1: 1, 2: 2})
print({1: 1} == {1.0: 1.0}, {1: [1, 2]} == {1: [1, 2]})
print({"a": {"b": 1}} == {"a": {"b": 1}})
print({"a": 1} != {"a": 1})
