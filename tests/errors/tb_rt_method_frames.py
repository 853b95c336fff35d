# Frames of methods, properties and nested calls appear outermost first.
class Box:
    def __init__(self, items):
        self.items = items
    @property
    def first(self):
        return self.items[0]
    def show(self):
        return self.first
def main():
    return Box([]).show()
main()
