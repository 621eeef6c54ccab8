from briefings.models import Speaker
from briefings.speakers import name_parts, same_speaker


def test_a_swap_of_two_letters_is_one_edit():
    from briefings.speakers import edit_distance
    assert edit_distance("marsden", "mardsen", 2) == 1
    assert edit_distance("marsden", "marsden", 2) == 0
    assert edit_distance("stanislav", "stantilav", 2) == 2
    assert edit_distance("abcd", "dcba", 2) == 3


def test_a_generation_suffix_is_not_the_surname():
    assert name_parts("Vann R. Newkirk II") == ("vann", "r", "newkirk")
    assert same_speaker(Speaker("Vann R. Newkirk II", "person"), Speaker("Vann Newkirk", "person"))
    assert not same_speaker(Speaker("John Doe II", "person"), Speaker("John Roe II", "person"))


def test_a_middle_initial_does_not_split_a_person_across_documents():
    assert same_speaker(Speaker("Loretta E. Vance", "person"), Speaker("Loretta Vance", "person"))


def test_bodies_are_not_the_same_for_bearing_a_generic_name():
    from briefings.models import Speaker
    from briefings.speakers import same_speaker

    a = Speaker("Ministry of Natural Resources", "organisation", aliases=["Ministry"])
    b = Speaker("Ministry of Industry and Mineral Resources", "organisation", aliases=["Ministry"])
    assert not same_speaker(a, b)
    assert same_speaker(a, Speaker("KRG Ministry", "organisation", aliases=["Ministry of Natural Resources"]))


def test_two_romanisations_of_one_given_name_are_one_person():
    assert same_speaker(Speaker("Yelena Starikova"), Speaker("Elena Starikova"))
    assert same_speaker(Speaker("Aleksei Vorontsov"), Speaker("Alexey Vorontsov"))
    assert not same_speaker(Speaker("Elena Starikova"), Speaker("Irina Starikova"))


def test_a_west_african_form_of_address_is_no_part_of_the_name():
    assert same_speaker(Speaker("Madam Esi Quaye-Arthur"), Speaker("Esi Quaye-Arthur"))


def test_a_korean_name_is_family_name_first():
    from briefings.speakers import surname_key
    assert surname_key("Seo Min-jae") == "seo" and surname_key("prosecutor Kang Hye-rim") == "kang"
    assert surname_key("Anna Adegbenro-Williams") == "williams"  # (a double surname, capitalised after the hyphen)
    assert same_speaker(Speaker("Kang Hye-rin"), Speaker("Kang Hye-rim"))
    assert not same_speaker(Speaker("Seo Min-jae"), Speaker("Seo Dong-hwan"))
