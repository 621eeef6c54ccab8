

def test_a_swap_of_two_letters_is_one_edit():
    from briefings.speakers import edit_distance
    assert edit_distance("marsden", "mardsen", 2) == 1
    assert edit_distance("marsden", "marsden", 2) == 0
    assert edit_distance("stanislav", "stantilav", 2) == 2
    assert edit_distance("abcd", "dcba", 2) == 3
