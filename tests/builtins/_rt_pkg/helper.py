def value():
    return "helped"
