import array
def t(*args, **kw):
    try:
        print(array.array(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
t('x')
t('ii')
t(1)
t(b'i')
t('')
t('i', 'ab')
t('d', 'x')
t('i', array.array('d', [1, 2]))
t('i', 5)
t('i', [1, 'x'])
t()
t('i', [1], [2])
t('b', [1, 2], )
