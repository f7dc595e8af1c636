import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnnouncerProvider, useAnnounce } from './Announcer';

function Sender({ text }: { text: string }) {
  const announce = useAnnounce();
  return <button type="button" onClick={() => announce(text)}>发送</button>;
}

describe('live region', () => {
  it('is one polite status region that exists before anything is announced', () => {
    render(<AnnouncerProvider><Sender text="申请已提交" /></AnnouncerProvider>);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toBeEmptyDOMElement();
  });

  it('announces a message, and the same message again when it repeats', async () => {
    render(<AnnouncerProvider><Sender text="申请已提交" /></AnnouncerProvider>);
    const region = screen.getByRole('status');
    await userEvent.click(screen.getByRole('button', { name: '发送' }));
    await waitFor(() => expect(region).toHaveTextContent('申请已提交'));
    await userEvent.click(screen.getByRole('button', { name: '发送' }));
    expect(region).toBeEmptyDOMElement();
    await waitFor(() => expect(region).toHaveTextContent('申请已提交'));
  });
});
