import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi
def focused():
    d = Atspi.get_desktop(0)
    for i in range(d.get_child_count()):
        app = d.get_child_at_index(i)
        if app and app.get_name() == 'Firefox':
            rule = Atspi.MatchRule.new(Atspi.StateSet.new([Atspi.StateType.FOCUSED]), Atspi.CollectionMatchType.ALL,
                                       {}, Atspi.CollectionMatchType.NONE, [], Atspi.CollectionMatchType.NONE, [], Atspi.CollectionMatchType.NONE, False)
            for w in range(app.get_child_count()):
                win = app.get_child_at_index(w)
                try:
                    found = win.get_collection_iface().get_matches(rule, Atspi.CollectionSortOrder.CANONICAL, 0, True)
                except Exception as e:
                    found = []
                for f in found:
                    return f'{f.get_role_name()}|{f.get_name()}'
    return None
if __name__ == '__main__':
    print(focused())
