package org.securebase.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** A browserless view test with the whole application behind it. */
@DatabaseTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestAccounts accounts;

    @AfterEach
    void signOutAfterTest() {
        accounts.signOut();
    }
}
