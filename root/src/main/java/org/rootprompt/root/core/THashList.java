package org.rootprompt.root.core;

/** ROOT's list with a hash table for finding by name; here a {@link TList} under ROOT's class name. */
public class THashList extends TList {
    public THashList() {
        SetName("THashList");
    }
}
